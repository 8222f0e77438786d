package io.reactiveocpp.app.demo;

import io.reactiveocpp.app.ChargePointRuntime;
import io.reactiveocpp.engine.boot.Registration;
import io.reactiveocpp.hal.sim.SimulatedStation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import java.time.Duration;

/**
 * The scripted charging session of {@code --demo}: once the backend accepted the boot, an EV is plugged into
 * connector 1, a card is presented, the EV charges for a while, the card ends the session and the EV
 * leaves; it finishes when the StopTransaction has been delivered. With {@code ISO15118PnCEnabled} true (a key of
 * the configuration), the EV is plugged in with Plug &amp; Charge instead: its contract is authorized over a
 * DataTransfer, no card is needed, and the session ends as the EV leaves.
 */
public final class DemoScript {

    private static final Logger LOG = LoggerFactory.getLogger("demo");
    private static final String CARD = "DEMO-CARD-1";

    private DemoScript() {
    }

    /** Runs the script; completes when the session is over. */
    public static Mono<Void> run(ChargePointRuntime runtime, Duration charging) {
        SimulatedStation sim = (SimulatedStation) runtime.station();
        boolean pnc = runtime.chargePoint().configuration().bool("ISO15118PnCEnabled");
        return runtime.chargePoint().registration().states()
                .filter(state -> state == Registration.State.ACCEPTED).next()
                .delayElement(Duration.ofSeconds(1))
                .doOnNext(s -> {
                    LOG.info("the EV is plugged into connector 1{}", pnc ? " with Plug & Charge" : "");
                    if (pnc) {
                        sim.plugAndCharge(1);
                    } else {
                        sim.plug(1);
                    }
                })
                .delayElement(Duration.ofSeconds(1))
                .doOnNext(s -> {
                    if (!pnc) {
                        LOG.info("card {} is presented", CARD);
                        sim.presentCard(CARD, 1);
                    }
                })
                .delayElement(charging)
                .doOnNext(s -> {
                    if (!pnc) {
                        LOG.info("card {} is presented again to stop", CARD);
                        sim.presentCard(CARD, 1);
                    }
                })
                .delayElement(Duration.ofSeconds(1))
                .doOnNext(s -> {
                    LOG.info("the EV is unplugged");
                    sim.unplug(1);
                })
                .flatMap(s -> runtime.session().queueStates().filter(q -> q.depth() == 0).next())
                .delayElement(Duration.ofSeconds(1))
                .doOnNext(q -> LOG.info("demo finished: every transaction message was delivered"))
                .then();
    }
}
