/**
 * RPC over the link (OCPP-J section 4): message ids; the {@link io.reactiveocpp.session.rpc.CallCorrelator}, which
 * holds the one CALL of the charge point in flight, its response-timeout timer and the late answers; the
 * {@link io.reactiveocpp.session.rpc.InboundDispatcher}, which decodes what arrives, hands answers to the correlator
 * and the backend's CALLs to the {@link io.reactiveocpp.session.rpc.IncomingCallRouter}, within the flow control of
 * the {@link io.reactiveocpp.session.rpc.InboundWindow}. Everything runs on the session's scheduler but decoding
 * (the link's event loop); handlers run where their Monos run.
 */
package io.reactiveocpp.session.rpc;
