package io.reactiveocpp.hal.pi4j;

import io.reactiveocpp.hal.Fault;
import io.reactiveocpp.hal.FaultCode;
import io.reactiveocpp.hal.HardwareException;
import io.reactiveocpp.hal.IdTokenReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Scheduler;

import javax.smartcardio.Card;
import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.CommandAPDU;
import javax.smartcardio.ResponseAPDU;
import javax.smartcardio.TerminalFactory;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;

/**
 * An RFID reader through PC/SC ({@code javax.smartcardio}), e.g. an ACR122U. A card placed on the reader is
 * presented once, with its UID from the PC/SC "Get Data" command {@code FF CA 00 00 00} (PC/SC part 3,
 * the pseudo-APDUs of contactless readers) as upper-case hex; it is presented again only after it was taken away.
 *
 * <p>A reader that cannot be asked whether a card is present raises {@link FaultCode#READER_FAILURE}
 * ("PCSC_READER") until it answers again; a card that cannot be read is skipped and retried.
 * Presentations while nobody subscribes are dropped.
 *
 * <p>Threads: polling, which blocks in PC/SC calls, is confined to {@code scheduler} (give it a thread of its own).
 */
public final class PcscIdTokenReader implements IdTokenReader, Disposable {

    /** Get Data, UID of the card in the field: CLA FF, INS CA, P1 00, P2 00, Le 00 (all bytes). */
    static final CommandAPDU GET_UID = new CommandAPDU(new byte[] {(byte) 0xFF, (byte) 0xCA, 0x00, 0x00, 0x00});

    private static final Logger log = LoggerFactory.getLogger(PcscIdTokenReader.class);

    private final CardTerminal terminal;
    private final PcscReaderConfig config;
    private final Scheduler scheduler;
    private final FaultLatch fault;
    private final Sinks.Many<IdTokenPresented> presented = Sinks.many().multicast().directBestEffort();
    private Disposable polling;

    // confined to scheduler
    private boolean cardRead;

    public PcscIdTokenReader(CardTerminal terminal, PcscReaderConfig config, Scheduler scheduler,
                             Consumer<Fault> faults) {
        this.terminal = terminal;
        this.config = config;
        this.scheduler = scheduler;
        this.fault = new FaultLatch(config.connectorId() == null ? 0 : config.connectorId(), FaultCode.READER_FAILURE, faults);
    }

    /** The reader of {@code config} among the system's PC/SC terminals; {@link HardwareException} when absent. */
    public static PcscIdTokenReader open(PcscReaderConfig config, Scheduler scheduler, Consumer<Fault> faults) {
        List<CardTerminal> terminals;
        try {
            terminals = TerminalFactory.getDefault().terminals().list();
        } catch (CardException e) {
            throw new HardwareException("no PC/SC service: " + e.getMessage(), e);
        }
        for (CardTerminal t : terminals) {
            if (config.terminalName() == null || t.getName().contains(config.terminalName())) {
                return new PcscIdTokenReader(t, config, scheduler, faults);
            }
        }
        throw new HardwareException("no PC/SC terminal named " + config.terminalName() + " among "
                + terminals.stream().map(CardTerminal::getName).toList());
    }

    /** Starts polling the reader every {@code pollInterval}. Returns this. */
    public PcscIdTokenReader start() {
        if (polling == null) {
            polling = Flux.interval(config.pollInterval(), scheduler).subscribe(tick -> poll());
        }
        return this;
    }

    @Override
    public Flux<IdTokenPresented> presented() {
        return presented.asFlux();
    }

    // confined to scheduler
    private void poll() {
        boolean present;
        try {
            present = terminal.isCardPresent();
        } catch (CardException e) {
            fault.raise("PCSC_READER", "reader " + terminal.getName() + ": " + e.getMessage());
            return;
        }
        fault.clear();
        if (!present) {
            cardRead = false;
        } else if (!cardRead) {
            String uid = readUid();
            if (uid != null) {
                cardRead = true;
                presented.tryEmitNext(new IdTokenPresented(uid, config.connectorId()));
            }
        }
    }

    /** The card's UID in upper-case hex, or {@code null} when it cannot be read now. */
    private String readUid() {
        Card card;
        try {
            card = terminal.connect("*");
        } catch (CardException e) {
            log.debug("cannot connect to the card on {}: {}", terminal.getName(), e.getMessage());
            return null;
        }
        try {
            ResponseAPDU response = card.getBasicChannel().transmit(GET_UID);
            byte[] uid = response.getData();
            if (response.getSW() != 0x9000 || uid.length == 0 || uid.length > 10) {
                log.debug("card on {} gave no UID: SW {}", terminal.getName(), Integer.toHexString(response.getSW()));
                return null;
            }
            return HexFormat.of().withUpperCase().formatHex(uid);
        } catch (CardException | RuntimeException e) {
            log.debug("cannot read the card on {}: {}", terminal.getName(), e.getMessage());
            return null;
        } finally {
            try {
                card.disconnect(false);
            } catch (CardException e) {
                log.debug("cannot disconnect from the card on {}: {}", terminal.getName(), e.getMessage());
            }
        }
    }

    /** Stops polling; {@link #presented()} completes. */
    @Override
    public void dispose() {
        if (polling != null) {
            polling.dispose();
        }
        presented.tryEmitComplete();
    }
}
