package io.reactiveocpp.hal.pi4j;

import com.pi4j.io.spi.Spi;
import com.pi4j.io.spi.SpiConfig;
import com.pi4j.io.spi.SpiProvider;
import com.pi4j.plugin.mock.provider.spi.MockSpi;
import com.pi4j.plugin.mock.provider.spi.MockSpiProviderImpl;

/** The mock SPI provider under another id, whose devices can be told to fail their transfers. */
final class FailingSpiProvider extends MockSpiProviderImpl {

    static final String ID = "failing-spi";

    FailingSpiProvider() {
        this.id = ID;
    }

    @Override
    public Spi create(SpiConfig config) {
        FailingSpi spi = new FailingSpi(this, config);
        this.context.registry().add(spi);
        return spi;
    }

    static final class FailingSpi extends MockSpi {
        volatile boolean failing;

        FailingSpi(SpiProvider provider, SpiConfig config) {
            super(provider, config);
        }

        @Override
        public int transfer(byte[] write, int writeOffset, byte[] read, int readOffset, int numberOfBytes) {
            return failing ? -1 : super.transfer(write, writeOffset, read, readOffset, numberOfBytes);
        }
    }
}
