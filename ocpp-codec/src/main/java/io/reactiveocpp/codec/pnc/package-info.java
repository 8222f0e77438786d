/**
 * ISO 15118 Plug &amp; Charge over OCPP 1.6 ("Using ISO 15118 Plug &amp; Charge with OCPP 1.6", v1.0,
 * 2020-09-16): the OCPP 2.0.1 messages that travel inside DataTransfer, the action table
 * ({@link io.reactiveocpp.codec.pnc.PncAction}) and the wrapping into and out of DataTransfer
 * ({@link io.reactiveocpp.codec.pnc.PncDataTransfer}).
 *
 * <p><b>Naming rule:</b> every type in this package starts with {@code Pnc}. The 2.0.1 payloads keep their
 * schema names behind that prefix ({@code PncInstallCertificateRequest}, {@code PncCertificateHashData},
 * {@code PncHashAlgorithmEnum}), so they never share a simple name with the OCPP 1.6 Security Whitepaper
 * model in {@code codec.message.security} and {@code codec.type} ({@code InstallCertificateRequest},
 * {@code CertificateHashData}, {@code HashAlgorithm}): a class that uses both models imports both without
 * qualifying either. {@code ArchitectureTest} enforces the prefix.
 */
package io.reactiveocpp.codec.pnc;
