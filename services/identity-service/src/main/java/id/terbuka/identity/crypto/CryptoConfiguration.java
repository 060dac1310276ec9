package id.terbuka.identity.crypto;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.Map;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CryptoSettings.class)
public class CryptoConfiguration {

    public static final String NIK = "nikBox";
    public static final String KEY_STORE = "keyStoreBox";

    @Bean(NIK)
    @Qualifier(NIK)
    SecretBox nikBox(CryptoSettings settings) {
        return new SecretBox(settings.nikKey());
    }

    @Bean(KEY_STORE)
    @Qualifier(KEY_STORE)
    SecretBox keyStoreBox(CryptoSettings settings) {
        return new SecretBox(settings.keyStoreSecret());
    }

    /**
     * Argon2id for passwords and API client secrets; stored with an {@code {argon2}} prefix so the algorithm or its
     * cost can change later without invalidating existing hashes. The authorization server checks client secrets
     * with this bean too.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        Argon2PasswordEncoder argon2 = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
        return new DelegatingPasswordEncoder("argon2", Map.of("argon2", argon2));
    }
}
