/**
 * The composition root (issue 6): configuration, CLI, local HTTP interface, demo backend and fleet mode.
 */
package io.reactiveocpp.app;
