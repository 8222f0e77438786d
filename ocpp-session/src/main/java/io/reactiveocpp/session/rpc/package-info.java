/**
 * RPC pieces: message ids and the inbound-call router. Handlers run where their Monos run; the router
 * itself holds no mutable state besides its copy-on-write handler table.
 */
package io.reactiveocpp.session.rpc;
