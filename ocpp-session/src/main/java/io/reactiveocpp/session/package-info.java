/**
 * The OCPP-J 1.6 client transport (issue 3): Reactor Netty WebSocket client, RPC correlation, durable bounded queue. Threads: the Netty event loop owns sockets and codec calls; one single-threaded session scheduler owns correlation and queue head; all SQLite I/O runs on one store thread.
 */
package io.reactiveocpp.session;
