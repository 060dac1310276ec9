package id.terbuka.identity.token;

import id.terbuka.identity.crypto.CryptoConfiguration;
import id.terbuka.identity.crypto.Hashing;
import id.terbuka.identity.crypto.SecretBox;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationCode;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.stereotype.Component;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Instant;
import java.util.Base64;

/**
 * The authorization server's grants (authorization codes, issued tokens) in MongoDB, so every replica can redeem a
 * code or refresh token issued by another. Token values are looked up by SHA-256; the authorization itself is
 * Java-serialized (all its parts are Serializable), sealed with AES-GCM and read back through a filter that only
 * admits JDK, Spring and Terbuka classes.
 */
@Component
class MongoAuthorizationService implements OAuth2AuthorizationService {

    private static final ObjectInputFilter ALLOWED = ObjectInputFilter.Config.createFilter(
            "java.**;org.springframework.**;id.terbuka.**;maxdepth=30;!*");

    private final MongoTemplate mongo;
    private final SecretBox box;

    MongoAuthorizationService(MongoTemplate mongo, @Qualifier(CryptoConfiguration.KEY_STORE) SecretBox box) {
        this.mongo = mongo;
        this.box = box;
    }

    @Override
    public void save(OAuth2Authorization authorization) {
        mongo.save(new StoredAuthorization(authorization.getId(), authorization.getRegisteredClientId(),
                authorization.getPrincipalName(),
                hash(authorization.getAttribute(OAuth2ParameterNames.STATE)),
                hash(authorization.getToken(OAuth2AuthorizationCode.class)),
                hash(authorization.getToken(OAuth2AccessToken.class)),
                hash(authorization.getToken(OAuth2RefreshToken.class)),
                hash(authorization.getToken(OidcIdToken.class)),
                expiry(authorization), box.seal(serialize(authorization), "authorization:" + authorization.getId())));
    }

    @Override
    public void remove(OAuth2Authorization authorization) {
        mongo.remove(new Query(Criteria.where("_id").is(authorization.getId())), StoredAuthorization.class);
    }

    @Override
    public OAuth2Authorization findById(String id) {
        return read(mongo.findById(id, StoredAuthorization.class));
    }

    @Override
    public OAuth2Authorization findByToken(String token, OAuth2TokenType tokenType) {
        String hash = Hashing.sha256(token);
        Criteria criteria;
        if (tokenType == null) {
            criteria = new Criteria().orOperator(Criteria.where("state").is(hash), Criteria.where("code").is(hash),
                    Criteria.where("accessToken").is(hash), Criteria.where("refreshToken").is(hash),
                    Criteria.where("idToken").is(hash));
        } else {
            String field = switch (tokenType.getValue()) {
                case OAuth2ParameterNames.STATE -> "state";
                case OAuth2ParameterNames.CODE -> "code";
                case OAuth2ParameterNames.ACCESS_TOKEN -> "accessToken";
                case OAuth2ParameterNames.REFRESH_TOKEN -> "refreshToken";
                case "id_token" -> "idToken";
                default -> null;
            };
            if (field == null) {
                return null;
            }
            criteria = Criteria.where(field).is(hash);
        }
        return read(mongo.findOne(new Query(criteria), StoredAuthorization.class));
    }

    private OAuth2Authorization read(StoredAuthorization stored) {
        if (stored == null) {
            return null;
        }
        byte[] bytes = Base64.getDecoder().decode(box.open(stored.sealed(), "authorization:" + stored.id()));
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            in.setObjectInputFilter(ALLOWED);
            return (OAuth2Authorization) in.readObject();
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException("stored authorization " + stored.id() + " is unreadable", e);
        }
    }

    private static String serialize(OAuth2Authorization authorization) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(authorization);
        } catch (IOException e) {
            throw new IllegalStateException("authorization not serializable", e);
        }
        return Base64.getEncoder().encodeToString(bytes.toByteArray());
    }

    private static String hash(Object tokenOrValue) {
        if (tokenOrValue instanceof OAuth2Authorization.Token<?> token) {
            return Hashing.sha256(token.getToken().getTokenValue());
        }
        return tokenOrValue instanceof String value ? Hashing.sha256(value) : null;
    }

    private static Instant expiry(OAuth2Authorization authorization) {
        Instant latest = null;
        for (Class<? extends org.springframework.security.oauth2.core.OAuth2Token> type : java.util.List.of(
                OAuth2AuthorizationCode.class, OAuth2AccessToken.class, OAuth2RefreshToken.class)) {
            OAuth2Authorization.Token<?> token = authorization.getToken(type);
            if (token != null && token.getToken().getExpiresAt() != null
                    && (latest == null || token.getToken().getExpiresAt().isAfter(latest))) {
                latest = token.getToken().getExpiresAt();
            }
        }
        return latest;
    }

    @Document("oauth2_authorizations")
    record StoredAuthorization(@Id String id, String registeredClientId, String principalName,
                               @Indexed(sparse = true) String state, @Indexed(sparse = true) String code,
                               @Indexed(sparse = true) String accessToken,
                               @Indexed(sparse = true) String refreshToken,
                               @Indexed(sparse = true) String idToken, Instant expiresAt, String sealed) {
    }
}
