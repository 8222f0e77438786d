/**
 * Everything on the OCPP-J 1.6 wire: frames ({@link io.reactiveocpp.codec.frame}), the typed model of every
 * message ({@code codec.message.*}, {@code codec.type}), the action table ({@link io.reactiveocpp.codec.action}),
 * validation with the exact OCPP-J error codes, and the ISO 15118 Plug &amp; Charge payloads carried in
 * DataTransfer ({@link io.reactiveocpp.codec.pnc}: the OCPP 2.0.1 model and its wrapping, every type named
 * {@code Pnc…} so that it cannot be confused with the 1.6 Security model).
 *
 * <p>Entry point: {@link io.reactiveocpp.codec.OcppCodec}. Depends on jackson-core only: no Netty, no Reactor,
 * no reflection on the hot path. Every type here is immutable and thread-safe; the codec keeps no state
 * between calls, so any thread (normally the Netty event loop) may call it.
 */
package io.reactiveocpp.codec;
