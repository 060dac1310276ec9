package id.terbuka.complaint.reply;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The reply sender's sweep and the complaint clocks run on Spring's scheduler. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ReplyConfiguration {
}
