/**
 * The WebSocket link to the backend on Reactor Netty. Everything here runs on Netty's event loops: no
 * blocking, no session state; frames leave as UTF-8 bytes and arrive as UTF-8 bytes.
 */
package io.reactiveocpp.session.transport;
