package id.terbuka.platform.config;

import id.terbuka.platform.problem.ProblemExceptionHandler;
import id.terbuka.platform.problem.Problems;
import id.terbuka.platform.tenant.TenantDirectory;
import id.terbuka.platform.tenant.TenantPathInterceptor;
import io.micrometer.tracing.Tracer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.context.MessageSourceAutoConfiguration;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.time.Clock;
import java.util.Locale;

/**
 * What every Terbuka service gets by depending on the starter: problem responses in Indonesian or English,
 * the tenant check on tenant-scoped paths, an injectable clock, and the platform's defaults
 * (see {@link PlatformDefaults}).
 */
@AutoConfiguration(before = {MessageSourceAutoConfiguration.class, ValidationAutoConfiguration.class})
@Import(ProblemExceptionHandler.class)
public class PlatformAutoConfiguration {

    public static final Locale INDONESIAN = Locale.forLanguageTag("id");

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    /**
     * The service's own {@code messages*.properties} first, then the platform's shared texts. Boot's validator
     * interpolates bean-validation messages from this source too, in the caller's language.
     */
    @Bean
    MessageSource messageSource() {
        ReloadableResourceBundleMessageSource source = new ReloadableResourceBundleMessageSource();
        source.setBasenames("classpath:messages", "classpath:terbuka/messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setDefaultLocale(INDONESIAN);
        return source;
    }

    @Bean
    Problems problems(MessageSource messageSource, ObjectProvider<Tracer> tracer) {
        return new Problems(messageSource, tracer);
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    static class WebConfiguration {

        /** Resolved lazily: the directory usually comes from an auto-configuration processed after this one. */
        @Bean
        WebMvcConfigurer tenantPathCheck(ObjectProvider<TenantDirectory> directory) {
            TenantPathInterceptor interceptor = new TenantPathInterceptor(directory);
            return new WebMvcConfigurer() {
                @Override
                public void addInterceptors(InterceptorRegistry registry) {
                    registry.addInterceptor(interceptor);
                }
            };
        }
    }
}
