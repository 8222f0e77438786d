package io.reactiveocpp.hal.pi4j;

import javax.smartcardio.ATR;
import javax.smartcardio.Card;
import javax.smartcardio.CardChannel;
import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.CommandAPDU;
import javax.smartcardio.ResponseAPDU;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/** A PC/SC terminal the test puts cards on: each card answers Get Data with its UID and 90 00, or another status. */
final class FakeCardTerminal extends CardTerminal {

    final List<byte[]> commands = new ArrayList<>();
    int disconnects;
    boolean broken;
    private byte[] response;

    /** Places a card that answers Get Data with {@code uid} and 90 00. */
    void place(byte[] uid) {
        response = new byte[uid.length + 2];
        System.arraycopy(uid, 0, response, 0, uid.length);
        response[uid.length] = (byte) 0x90;
    }

    /** Places a card that answers Get Data with the status word alone, e.g. 6A 81 (function not supported). */
    void placeRefusing(int sw) {
        response = new byte[] {(byte) (sw >>> 8), (byte) sw};
    }

    void remove() {
        response = null;
    }

    @Override
    public String getName() {
        return "ACS ACR122U PICC Interface 00 00";
    }

    @Override
    public boolean isCardPresent() throws CardException {
        if (broken) {
            throw new CardException("SCARD_E_READER_UNAVAILABLE");
        }
        return response != null;
    }

    @Override
    public Card connect(String protocol) throws CardException {
        if (response == null) {
            throw new CardException("SCARD_E_NO_SMARTCARD");
        }
        return new FakeCard(response.clone());
    }

    @Override
    public boolean waitForCardPresent(long timeout) {
        throw new UnsupportedOperationException("the reader polls");
    }

    @Override
    public boolean waitForCardAbsent(long timeout) {
        throw new UnsupportedOperationException("the reader polls");
    }

    private final class FakeCard extends Card {
        private final byte[] answer;

        FakeCard(byte[] answer) {
            this.answer = answer;
        }

        @Override
        public ATR getATR() {
            // ISO 14443 card behind a PC/SC reader (PC/SC part 3 contactless ATR)
            return new ATR(new byte[] {0x3B, (byte) 0x80, (byte) 0x80, 0x01, 0x01});
        }

        @Override
        public String getProtocol() {
            return "T=1";
        }

        @Override
        public CardChannel getBasicChannel() {
            Card card = this;
            return new CardChannel() {
                @Override
                public Card getCard() {
                    return card;
                }

                @Override
                public int getChannelNumber() {
                    return 0;
                }

                @Override
                public ResponseAPDU transmit(CommandAPDU command) {
                    commands.add(command.getBytes());
                    return new ResponseAPDU(answer);
                }

                @Override
                public int transmit(ByteBuffer command, ByteBuffer response) {
                    throw new UnsupportedOperationException();
                }

                @Override
                public void close() {
                }
            };
        }

        @Override
        public CardChannel openLogicalChannel() {
            throw new UnsupportedOperationException();
        }

        @Override
        public void beginExclusive() {
        }

        @Override
        public void endExclusive() {
        }

        @Override
        public byte[] transmitControlCommand(int controlCode, byte[] command) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void disconnect(boolean reset) {
            disconnects++;
        }
    }
}
