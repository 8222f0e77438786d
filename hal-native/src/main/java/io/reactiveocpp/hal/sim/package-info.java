/**
 * A simulated charging station with one simulated EV per connector (issue 5), implementing the SPI of
 * {@link io.reactiveocpp.hal}: the default hardware of the app ({@code --hal sim}) and of the engine's tests.
 * Start one with {@link io.reactiveocpp.hal.sim.SimulatedStation#start}; drive it through its control methods
 * ({@code plug}, {@code unplug}, {@code evSuspend}, {@code presentCard}, {@code raiseFault}, …).
 *
 * <p><b>Threads.</b> Everything a station owns is confined to <em>one</em> {@link reactor.core.scheduler.Scheduler.Worker}
 * of the scheduler it is given: the periodic physics tick, every SPI command (relay, lock, pilot offer,
 * signing, firmware) and every control call run there as tasks, in the order they were submitted, and every
 * sink is emitted from there only. Nothing here blocks or locks. The few getters the SPI allows on other
 * threads ({@code offered()}, {@code closed()}, {@code locked()}) read volatile fields the worker writes.
 * Under a {@code VirtualTimeScheduler} a task that is due runs at once on the calling thread, so a control
 * call or a command with no actuation time has taken effect when it returns; the tick runs when the test
 * advances time. That makes the simulator deterministic: the same configuration (seed included), calls and
 * virtual times give the same readings.
 *
 * <p><b>Physics.</b> {@link io.reactiveocpp.hal.sim.ConnectorPhysics} holds the facts of a connector (plugged,
 * contactor, offered current, EV readiness and battery) and derives pilot state, currents and power from
 * them; power is constant between two changes, so the meter's energy register is its exact integral.
 */
package io.reactiveocpp.hal.sim;
