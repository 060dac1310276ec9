package id.terbuka.complaint;

import id.terbuka.platform.crypto.FieldCipher;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ComplaintSettings.class)
class ComplaintConfiguration {

    @Bean
    FieldCipher contactBox(ComplaintSettings settings) {
        return new FieldCipher(settings.encryptionKey(), "terbuka.complaint.encryption-key");
    }

    /** Store LocalDate and Instant with the driver's UTC codecs, not through the JVM's time zone. */
    @Bean
    MongoCustomConversions mongoCustomConversions() {
        return MongoCustomConversions.create(conversions -> conversions.useNativeDriverJavaTimeCodecs());
    }
}
