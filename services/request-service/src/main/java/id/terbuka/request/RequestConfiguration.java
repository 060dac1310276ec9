package id.terbuka.request;

import id.terbuka.platform.crypto.FieldCipher;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RequestSettings.class)
class RequestConfiguration {

    @Bean
    FieldCipher personalDataBox(RequestSettings settings) {
        return new FieldCipher(settings.encryptionKey(), "terbuka.request.encryption-key");
    }

    /**
     * The driver's own java.time codecs store LocalDate and Instant in UTC; Spring's default converters go through
     * the JVM's time zone, which would shift a stored due date on a server in another zone.
     */
    @Bean
    MongoCustomConversions mongoCustomConversions() {
        return MongoCustomConversions.create(conversions -> conversions.useNativeDriverJavaTimeCodecs());
    }
}
