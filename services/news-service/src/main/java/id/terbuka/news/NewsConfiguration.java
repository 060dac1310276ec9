package id.terbuka.news;

import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import id.terbuka.news.content.BodySanitizer;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NewsSettings.class)
@EnableScheduling
class NewsConfiguration {

    /** Article images: collections {@code images.files} and {@code images.chunks}. */
    @Bean
    GridFSBucket imageBucket(MongoDatabaseFactory factory) {
        return GridFSBuckets.create(factory.getMongoDatabase(), "images");
    }

    @Bean
    BodySanitizer bodySanitizer() {
        return new BodySanitizer();
    }

    /** LocalDate and Instant in UTC whatever the server's zone (the driver's own java.time codecs). */
    @Bean
    MongoCustomConversions mongoCustomConversions() {
        return MongoCustomConversions.create(conversions -> conversions.useNativeDriverJavaTimeCodecs());
    }

    /**
     * ETag from the response body for the JSON answers that set none themselves. (Lists, feeds, sitemaps and the
     * board come from RenderedResponses with their own strong ETag and bypass the filter; an article page sets its
     * own ETag and Last-Modified, which the filter keeps.)
     */
    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> shallowEtagFilter() {
        FilterRegistrationBean<ShallowEtagHeaderFilter> registration =
                new FilterRegistrationBean<>(new ShallowEtagHeaderFilter());
        registration.addUrlPatterns("/api/v1/*");
        return registration;
    }
}
