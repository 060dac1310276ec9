package id.terbuka.request;

import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import id.terbuka.platform.crypto.FieldCipher;
import id.terbuka.request.document.DocumentCipher;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RequestSettings.class)
@EnableScheduling
class RequestConfiguration {

    @Bean
    DocumentCipher documentCipher(RequestSettings settings) {
        return new DocumentCipher(settings.encryptionKey());
    }

    /** Uploaded documents of requests (power of attorney), encrypted. */
    @Bean
    GridFSBucket requestDocumentBucket(MongoDatabaseFactory factory) {
        return GridFSBuckets.create(factory.getMongoDatabase(), "request_documents");
    }

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
