/**
 * The WebSocket link to the backend on Reactor Netty. Everything here runs on Netty's event loops: no
 * blocking, no session state; frames leave as UTF-8 bytes and arrive as UTF-8 bytes. The only package of the
 * session that handles Netty objects: {@link io.reactiveocpp.session.transport.SessionLoop} chooses the event
 * loop a session is confined to and hands out only a Reactor scheduler and a {@link
 * io.reactiveocpp.session.transport.Transport}.
 */
package io.reactiveocpp.session.transport;
