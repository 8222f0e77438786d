/**
 * The OCPP log (issue 16): the last frames of the charge point's link in both directions, secrets masked, for the
 * local HTTP interface's {@code /api/ocpp-log}.
 */
package io.reactiveocpp.app.ocpplog;
