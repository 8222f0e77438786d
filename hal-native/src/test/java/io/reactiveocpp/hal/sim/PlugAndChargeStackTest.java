package io.reactiveocpp.hal.sim;

import io.reactiveocpp.hal.ChargingStation;
import io.reactiveocpp.hal.Iso15118Stack;
import io.reactiveocpp.hal.Iso15118Stack.AuthorizationResult;
import io.reactiveocpp.hal.Iso15118Stack.CertificateHashData;
import io.reactiveocpp.hal.Iso15118Stack.ContractAuthorization;
import io.reactiveocpp.hal.Iso15118Stack.EvCertificateRequest;
import io.reactiveocpp.hal.PilotState;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.openssl.PEMParser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.test.scheduler.VirtualTimeScheduler;

import java.io.StringReader;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The simulator's ISO 15118 stack: an EV plugged in with Plug &amp; Charge presents a Bouncy Castle test contract
 * whose OCSP request data match its chain (computed here independently), asks for its certificate, and the
 * engine's answers are kept; the HAL's records refuse bad values naming the field; a station without a stack
 * has {@link Iso15118Stack#NONE}.
 */
class PlugAndChargeStackTest {

    private final VirtualTimeScheduler time = VirtualTimeScheduler.create();
    private final SimulatedStation station = SimulatedStation.start(SimulatorConfig.builder().connectors(2).build(), time);

    @AfterEach
    void dispose() {
        station.dispose();
        time.dispose();
    }

    @Test
    void anEvPluggedInWithPlugAndChargePresentsTheTestContract() throws Exception {
        List<ContractAuthorization> presented = new ArrayList<>();
        station.iso15118().authorizations().subscribe(presented::add);
        List<PilotState> pilot = new ArrayList<>();
        station.connector(2).pilot().states().subscribe(pilot::add);

        station.plugAndCharge(2);

        assertThat(pilot).contains(PilotState.B);
        assertThat(presented).hasSize(1);
        ContractAuthorization contract = presented.get(0);
        assertThat(contract.connectorId()).isEqualTo(2);
        assertThat(contract.emaid()).isEqualTo(SimulatedIso15118.EMAID).isEqualTo("DEABCC1234567");
        List<X509CertificateHolder> chain = read(contract.certificateChainPem());
        assertThat(chain).hasSize(2);
        X509CertificateHolder leaf = chain.get(0);
        X509CertificateHolder subCa = chain.get(1);
        assertThat(leaf.getSubject().getRDNs(BCStyle.CN)[0].getFirst().getValue().toString()).isEqualTo("DEABCC1234567");
        assertThat(leaf.getIssuer()).isEqualTo(subCa.getSubject());

        CertificateHashData leafData = contract.hashData().get(0);
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        assertThat(leafData.hashAlgorithm()).isEqualTo("SHA256");
        assertThat(leafData.issuerNameHash()).isEqualTo(HexFormat.of().formatHex(sha256.digest(subCa.getSubject().getEncoded())));
        assertThat(leafData.issuerKeyHash()).isEqualTo(HexFormat.of().formatHex(
                sha256.digest(subCa.getSubjectPublicKeyInfo().getPublicKeyData().getBytes())));
        assertThat(leafData.serialNumber()).isEqualTo(leaf.getSerialNumber().toString(16));
        assertThat(contract.hashData().get(1).serialNumber()).isEqualTo(subCa.getSerialNumber().toString(16));
        assertThat(contract.hashData().get(1).issuerNameHash())
                .isEqualTo(HexFormat.of().formatHex(sha256.digest(subCa.getIssuer().getEncoded())));
    }

    @Test
    void theEvAsksForItsCertificateAndTheEnginesAnswersAreKept() {
        List<EvCertificateRequest> requests = new ArrayList<>();
        station.iso15118().certificateRequests().subscribe(requests::add);

        station.requestContractCertificate(1, true);

        assertThat(requests).hasSize(1);
        assertThat(requests.get(0).update()).isTrue();
        assertThat(requests.get(0).schemaVersion()).isEqualTo("urn:iso:15118:2:2013:MsgDef");
        assertThat(Base64.getDecoder().decode(requests.get(0).exiRequest())).isNotEmpty();
        station.iso15118().authorizationResult(1, new AuthorizationResult(true, "Accepted"));
        assertThat(station.iso15118().answers().take(1).blockFirst().answer())
                .isEqualTo(new AuthorizationResult(true, "Accepted"));
    }

    @Test
    void theHalsRecordsRefuseBadValuesNamingTheField() {
        assertThatThrownBy(() -> new ContractAuthorization(1, "X".repeat(37), null, null))
                .hasMessageContaining("emaid");
        assertThatThrownBy(() -> new ContractAuthorization(0, "DEABC", null, null)).hasMessageContaining("connectorId");
        CertificateHashData data = new CertificateHashData("SHA256", "a", "b", "1", "http://127.0.0.1/ocsp");
        assertThatThrownBy(() -> new ContractAuthorization(1, "DEABC", null, List.of(data, data, data, data, data)))
                .hasMessageContaining("hashData");
        assertThatThrownBy(() -> new CertificateHashData("MD5", "a", "b", "1", "u")).hasMessageContaining("hashAlgorithm");
        assertThatThrownBy(() -> new EvCertificateRequest(1, "urn", false, "")).hasMessageContaining("exiRequest");
    }

    @Test
    void aStationWithoutAStackHasNone() {
        ChargingStation plain = new ChargingStation() {
            @Override public int connectorCount() { return 1; }
            @Override public io.reactiveocpp.hal.ConnectorHardware connector(int id) { return null; }
            @Override public io.reactiveocpp.hal.IdTokenReader idTokenReader() { return null; }
            @Override public io.reactiveocpp.hal.Hmi hmi() { return null; }
            @Override public io.reactiveocpp.hal.SystemControl system() { return null; }
            @Override public reactor.core.publisher.Flux<io.reactiveocpp.hal.Fault> faults() { return null; }
        };
        assertThat(plain.iso15118()).isSameAs(Iso15118Stack.NONE);
    }

    private static List<X509CertificateHolder> read(String pem) throws Exception {
        List<X509CertificateHolder> chain = new ArrayList<>();
        try (PEMParser parser = new PEMParser(new StringReader(pem))) {
            for (Object next = parser.readObject(); next != null; next = parser.readObject()) {
                chain.add((X509CertificateHolder) next);
            }
        }
        return chain;
    }
}
