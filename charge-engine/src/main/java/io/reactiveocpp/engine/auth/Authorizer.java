package io.reactiveocpp.engine.auth;

import io.reactiveocpp.codec.message.core.AuthorizeRequest;
import io.reactiveocpp.codec.message.core.StartTransactionConfirmation;
import io.reactiveocpp.codec.message.core.StartTransactionRequest;
import io.reactiveocpp.codec.message.core.StopTransactionConfirmation;
import io.reactiveocpp.codec.message.core.StopTransactionRequest;
import io.reactiveocpp.codec.type.AuthorizationStatus;
import io.reactiveocpp.codec.type.IdTagInfo;
import io.reactiveocpp.engine.EngineClock;
import io.reactiveocpp.engine.config.Configuration;
import io.reactiveocpp.engine.store.EngineStore;
import io.reactiveocpp.session.CallException;
import io.reactiveocpp.session.OcppClient;
import io.reactiveocpp.session.TransactionOutcome;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Decides whether an idTag may charge (OCPP 1.6 sections 3.5, 4.1, 5.4): the authorization cache
 * ({@code AuthorizationCacheEnabled}, entries expire at their expiryDate, updated from every IdTagInfo the
 * backend sends), {@code LocalPreAuthorize} (a valid cache entry answers at once), Authorize.req otherwise,
 * and while offline {@code LocalAuthorizeOffline} (the cache answers) and {@code AllowOfflineTxForUnknownId}
 * (an unknown idTag is accepted). The cache is persisted in the namespace {@code authcache}. Confined to the
 * engine's scheduler.
 */
public final class Authorizer {

    private static final String NAMESPACE = "authcache";

    private final OcppClient client;
    private final Configuration config;
    private final EngineStore store;
    private final Scheduler scheduler;
    private final EngineClock clock;
    private final Map<String, IdTagInfo> cache = new HashMap<>();
    private final LocalList localList;

    public Authorizer(OcppClient client, Configuration config, EngineStore store, Scheduler scheduler, EngineClock clock,
                      LocalList localList) {
        this.localList = localList;
        this.client = client;
        this.config = config;
        this.store = store;
        this.scheduler = scheduler;
        this.clock = clock;
        store.load(NAMESPACE).forEach((idTag, text) -> cache.put(idTag, IdTagInfos.parse(text)));
    }

    /** The decision for {@code idTag}; never fails (offline and unknown is Invalid unless allowed). */
    public Mono<IdTagInfo> authorize(String idTag) {
        IdTagInfo cached = valid(idTag);
        if (cached != null && config.bool("LocalPreAuthorize")) {
            return Mono.just(cached);
        }
        return client.call(new AuthorizeRequest(idTag))
                .publishOn(scheduler)
                .map(answer -> {
                    remember(idTag, answer.idTagInfo());
                    return answer.idTagInfo();
                })
                .onErrorResume(CallException.class, offline -> Mono.just(offline(idTag)));
    }

    /** Updates the cache from an IdTagInfo of any answer (Authorize, StartTransaction, StopTransaction). */
    public void remember(String idTag, IdTagInfo info) {
        if (info == null || !config.bool("AuthorizationCacheEnabled") || localList.contains(idTag)) {
            return; // section 3.5.3: the local list wins; its entries are not cached
        }
        if (!info.equals(cache.put(idTag, info))) { // the same answer again (Authorize, then Start, then Stop)
            store.put(NAMESPACE, idTag, IdTagInfos.format(info));
        }
    }

    /** Every IdTagInfo the backend sends in a StartTransaction or StopTransaction answer updates the cache (3.5.2). */
    public void learn(TransactionOutcome outcome) {
        if (outcome.confirmation() instanceof StartTransactionConfirmation start
                && outcome.message().request() instanceof StartTransactionRequest request) {
            remember(request.idTag(), start.idTagInfo());
        } else if (outcome.confirmation() instanceof StopTransactionConfirmation stop && stop.idTagInfo() != null
                && outcome.message().request() instanceof StopTransactionRequest request && request.idTag() != null) {
            remember(request.idTag(), stop.idTagInfo());
        }
    }

    /** ClearCache (section 5.5). */
    public void clear() {
        for (String idTag : cache.keySet()) {
            store.remove(NAMESPACE, idTag);
        }
        cache.clear();
    }

    /**
     * The decision for {@code idTag} without the backend, by the local rules above ({@code LocalAuthorizeOffline},
     * {@code AllowOfflineTxForUnknownId}); also for an eMAID whose contract was validated offline (Plug &amp; Charge).
     */
    public IdTagInfo offline(String idTag) {
        IdTagInfo cached = valid(idTag);
        if (cached != null && config.bool("LocalAuthorizeOffline")) {
            return cached;
        }
        boolean unknown = !localList.contains(idTag) && !cache.containsKey(idTag); // blocked/expired ids are known
        if (unknown && config.bool("AllowOfflineTxForUnknownId")) {
            return new IdTagInfo(null, null, AuthorizationStatus.ACCEPTED);
        }
        return new IdTagInfo(null, null, AuthorizationStatus.INVALID);
    }

    private IdTagInfo valid(String idTag) {
        IdTagInfo listed = localList.valid(idTag, clock.now());
        if (listed != null || localList.contains(idTag)) {
            return listed;
        }
        if (!config.bool("AuthorizationCacheEnabled")) {
            return null;
        }
        IdTagInfo info = cache.get(idTag);
        if (info == null || info.status() != AuthorizationStatus.ACCEPTED) {
            return null;
        }
        Instant expiry = info.expiryDate();
        return expiry != null && !expiry.isAfter(clock.now()) ? null : info;
    }
}
