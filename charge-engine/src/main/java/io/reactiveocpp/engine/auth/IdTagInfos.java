package io.reactiveocpp.engine.auth;

import io.reactiveocpp.codec.type.AuthorizationStatus;
import io.reactiveocpp.codec.type.IdTagInfo;

import java.time.Instant;

/** The stored text form of an {@link IdTagInfo}: {@code status|expiry|parent}. */
final class IdTagInfos {

    private IdTagInfos() {
    }

    static String format(IdTagInfo info) {
        return info.status().literal() + "|" + (info.expiryDate() == null ? "" : info.expiryDate()) + "|"
                + (info.parentIdTag() == null ? "" : info.parentIdTag());
    }

    static IdTagInfo parse(String text) {
        String[] f = text.split("\\|", -1);
        return new IdTagInfo(f[1].isEmpty() ? null : Instant.parse(f[1]), f[2].isEmpty() ? null : f[2],
                AuthorizationStatus.fromLiteral(f[0]));
    }
}
