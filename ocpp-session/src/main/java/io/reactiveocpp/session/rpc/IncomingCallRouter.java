package io.reactiveocpp.session.rpc;

import io.reactiveocpp.codec.action.Action;
import io.reactiveocpp.codec.frame.Call;
import io.reactiveocpp.codec.frame.CallError;
import io.reactiveocpp.codec.frame.CallResult;
import io.reactiveocpp.codec.frame.ErrorCode;
import io.reactiveocpp.session.CallRefused;
import io.reactiveocpp.codec.frame.OcppFrame;
import io.reactiveocpp.codec.message.Confirmation;
import io.reactiveocpp.codec.message.Request;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Answers inbound CALLs through the handler registered for their action. Every CALL gets exactly one
 * answer: the handler's confirmation as a CALLRESULT; NotSupported when the action is known but has no
 * handler; InternalError when the handler fails, returns nothing, or returns a confirmation of another
 * action. (Unknown actions and invalid payloads never get here: the codec answers them.)
 */
public final class IncomingCallRouter {

    private static final Logger LOG = LoggerFactory.getLogger(IncomingCallRouter.class);

    /** Copied on each registration: registrations are few and happen at wiring time. */
    private volatile Map<Action, Function<Request<?>, Mono<? extends Confirmation>>> handlers =
            new EnumMap<>(Action.class);

    /**
     * Registers the handler of a request type; the latest registration wins. Register from one thread
     * (the wiring code), before the session starts.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <C extends Confirmation, R extends Request<C>> void handle(
            Class<R> type, Function<? super R, Mono<C>> handler) {
        Action action = Action.byType(type);
        if (action == null) {
            throw new IllegalArgumentException(type.getName() + " is not an OCPP request type");
        }
        var copy = new EnumMap<>(handlers);
        // the handler itself, no wrapper: only requests of its action (so of type R) are routed to it
        copy.put(action, (Function) handler);
        handlers = copy;
    }

    /** The answer to {@code call}; never fails, never empty. */
    public Mono<OcppFrame> route(Call call) {
        Action action = call.payload().action();
        Function<Request<?>, Mono<? extends Confirmation>> handler = handlers.get(action);
        if (handler == null) {
            return Mono.just(new CallError(call.messageId(), ErrorCode.NOT_SUPPORTED,
                    action.wireName() + " is not supported by this charge point", null));
        }
        Mono<? extends Confirmation> answer;
        try {
            answer = handler.apply(call.payload());
        } catch (RuntimeException e) {
            answer = Mono.error(e);
        }
        return answer
                .<OcppFrame>map(confirmation -> {
                    if (confirmation.action() != action) {
                        throw new IllegalStateException("the handler answered with " + confirmation.action().wireName());
                    }
                    return new CallResult(call.messageId(), confirmation);
                })
                .switchIfEmpty(Mono.fromSupplier(() -> internalError(call, "the handler gave no answer")))
                .onErrorResume(e -> {
                    if (e instanceof CallRefused refused) {
                        LOG.info("answering {} with {}: {}", action.wireName(), refused.code().wire(), refused.getMessage());
                        return Mono.just(new CallError(call.messageId(), refused.code(), refused.getMessage(), null));
                    }
                    LOG.error("handler of {} failed", action.wireName(), e);
                    return Mono.just(internalError(call, e.getMessage() == null ? e.getClass().getSimpleName()
                            : e.getMessage()));
                });
    }

    private static CallError internalError(Call call, String why) {
        return new CallError(call.messageId(), ErrorCode.INTERNAL_ERROR,
                call.payload().action().wireName() + " failed: " + why, null);
    }
}
