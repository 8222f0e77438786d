package io.reactiveocpp.engine.smartcharging;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The station limit's sharing rule, worked out by hand. */
class StationShareTest {

    private static final double NONE = Double.POSITIVE_INFINITY;

    @Test
    void oneConnectorGetsTheWholeStationLimit() {
        assertThat(StationShare.allocate(20, new double[] {NONE})).containsExactly(20);
        assertThat(StationShare.allocate(20, new double[] {16})).as("but no more than it can use").containsExactly(16);
    }

    @Test
    void equalSharesAmongTheChargingConnectors() {
        assertThat(StationShare.allocate(32, new double[] {NONE, NONE})).containsExactly(16, 16);
        assertThat(StationShare.allocate(30, new double[] {NONE, NONE, NONE})).containsExactly(10, 10, 10);
    }

    @Test
    void aShareAConnectorCannotUseGoesToTheOthers() {
        // 40 A among three: the second can use 8 A, the 32 left are 16 A each for the others
        assertThat(StationShare.allocate(40, new double[] {NONE, 8, NONE})).containsExactly(16, 8, 16);
        // and when two are capped below their shares, the third gets everything left
        assertThat(StationShare.allocate(40, new double[] {10, 8, NONE})).containsExactly(10, 8, 22);
    }

    @Test
    void whenSharesWouldFallBelowSixAmperesTheLastToStartPauses() {
        // 16 A among three would be 5.3 A each: the third (started last) pauses, the others get 8 A
        assertThat(StationShare.allocate(16, new double[] {NONE, NONE, NONE})).containsExactly(8, 8, 0);
        // 11 A: only the first can have 6 A or more
        assertThat(StationShare.allocate(11, new double[] {NONE, NONE})).containsExactly(11, 0);
        assertThat(StationShare.allocate(5, new double[] {NONE})).as("below 6 A nothing is offered").containsExactly(0);
    }

    @Test
    void aConnectorCappedBelowSixAmperesPausesAndLeavesItsShareToTheOthers() {
        assertThat(StationShare.allocate(24, new double[] {4, NONE})).containsExactly(0, 24);
    }

    @Test
    void noConnectorNoShares() {
        assertThat(StationShare.allocate(24, new double[0])).isEmpty();
    }
}
