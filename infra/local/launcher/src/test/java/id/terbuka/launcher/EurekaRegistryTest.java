package id.terbuka.launcher;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EurekaRegistryTest {

    @Test
    void listsApplicationsWithAnInstanceUp() {
        String apps = """
                {"applications":{"versions__delta":"1","apps__hashcode":"UP_2_DOWN_1_","application":[
                  {"name":"GATEWAY","instance":[{"instanceId":"127.0.0.1:gateway:8080","status":"UP"}]},
                  {"name":"CATALOGUE-SERVICE","instance":{"instanceId":"127.0.0.1:catalogue-service:8082","status":"UP"}},
                  {"name":"NEWS-SERVICE","instance":[{"instanceId":"127.0.0.1:news-service:8085","status":"DOWN"}]}
                ]}}""";

        assertThat(EurekaRegistry.applicationsUp(apps)).containsExactly("catalogue-service", "gateway");
    }

    @Test
    void anEmptyRegistryListsNothing() {
        assertThat(EurekaRegistry.applicationsUp("{\"applications\":{\"application\":[]}}")).isEmpty();
        assertThat(EurekaRegistry.applicationsUp("{\"applications\":{}}")).isEmpty();
    }
}
