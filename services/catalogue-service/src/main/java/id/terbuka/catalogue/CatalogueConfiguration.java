package id.terbuka.catalogue;

import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CatalogueSettings.class)
@EnableScheduling
class CatalogueConfiguration {

    /** Document bytes: collections {@code documents.files} and {@code documents.chunks}. */
    @Bean
    GridFSBucket documentBucket(MongoDatabaseFactory factory) {
        return GridFSBuckets.create(factory.getMongoDatabase(), "documents");
    }

    /**
     * The driver's own java.time codecs store LocalDate and Instant in UTC; Spring's default converters go through
     * the JVM's time zone, which would shift a stored date on a server in another zone.
     */
    @Bean
    MongoCustomConversions mongoCustomConversions() {
        return MongoCustomConversions.create(conversions -> conversions.useNativeDriverJavaTimeCodecs());
    }
}
