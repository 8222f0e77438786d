/**
 * The operator's local HTTP interface (PRODUCT.md, "The operator's local HTTP interface"): status,
 * configuration, the simulator's controls and Prometheus metrics over Reactor Netty's {@code HttpServer},
 * on the same event loops as the session's WebSocket. {@link io.reactiveocpp.app.web.LocalHttpServer} binds
 * it; one endpoint class per resource maps a request to a call of the engine, the session or the simulator.
 */
package io.reactiveocpp.app.web;
