/**
 * The charge point's behaviour (issue 4). Every engine service is confined to one single-threaded engine scheduler; hardware streams are published on it; no locks.
 */
package io.reactiveocpp.engine;
