package io.reactiveocpp.bench.codec;

/** The frames both stacks work on in {@link CodecBenchmark}, byte for byte the same. */
final class SampleFrames {

    /** A MeterValues CALL with one meter value of 10 sampled values, as a three-phase charge point sends it. */
    static final String METER_VALUES_CALL;

    /** The CALLRESULT that answers a BootNotification. */
    static final String BOOT_NOTIFICATION_RESULT =
            "[3,\"bn-0001\",{\"status\":\"Accepted\",\"currentTime\":\"2026-11-25T13:31:58.000Z\",\"interval\":300}]";

    static final String START_ID_TAG = "04E91C5A123456";
    static final int START_METER = 1_234_567;
    static final String START_TIMESTAMP = "2026-11-25T13:31:58Z";

    static {
        String[][] samples = { // measurand, phase, unit, value
                {"Energy.Active.Import.Register", null, "Wh", "1251012"},
                {"Power.Active.Import", null, "W", "10980.5"},
                {"Current.Import", "L1", "A", "15.92"},
                {"Current.Import", "L2", "A", "16.01"},
                {"Current.Import", "L3", "A", "15.87"},
                {"Voltage", "L1-N", "V", "229.8"},
                {"Voltage", "L2-N", "V", "230.4"},
                {"Voltage", "L3-N", "V", "231.1"},
                {"Current.Offered", null, "A", "32"},
                {"SoC", null, "Percent", "64"}};
        StringBuilder frame = new StringBuilder("[2,\"mv-0001\",\"MeterValues\",{\"connectorId\":1,"
                + "\"transactionId\":4711,\"meterValue\":[{\"timestamp\":\"2026-11-25T13:31:58.000Z\",\"sampledValue\":[");
        for (int i = 0; i < samples.length; i++) {
            String[] s = samples[i];
            frame.append(i == 0 ? "" : ",")
                    .append("{\"value\":\"").append(s[3]).append("\",\"context\":\"Sample.Periodic\",\"format\":\"Raw\",")
                    .append("\"measurand\":\"").append(s[0]).append('"');
            if (s[1] != null) {
                frame.append(",\"phase\":\"").append(s[1]).append('"');
            }
            frame.append(",\"location\":\"").append(s[0].equals("SoC") ? "EV" : "Outlet")
                    .append("\",\"unit\":\"").append(s[2]).append("\"}");
        }
        METER_VALUES_CALL = frame.append("]}]}]").toString();
    }

    private SampleFrames() {
    }
}
