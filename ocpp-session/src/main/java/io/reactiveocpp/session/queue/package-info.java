/**
 * The durable transaction-message queue. {@link io.reactiveocpp.session.queue.OutboundQueue} is confined to
 * the session's scheduler; every {@link io.reactiveocpp.session.queue.QueueStore} call runs on the store
 * thread of its {@link io.reactiveocpp.session.queue.StoreWriter}.
 */
package io.reactiveocpp.session.queue;
