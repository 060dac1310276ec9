package id.terbuka.launcher.demo;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StaffAccountsStepTest {

    @Test
    void namesOneAccountPerTenantRoleAndThreePerUnit() throws Exception {
        List<StaffAccountsStep.Account> accounts = StaffAccountsStep.accounts("kutai-timur", """
                [{"id":"u-1","code":"DISKOMINFO","name":"Dinas Komunikasi dan Informatika"},
                 {"id":"u-2","code":"SATPOL-PP","name":"Satuan Polisi Pamong Praja"}]""");
        assertThat(accounts).extracting(StaffAccountsStep.Account::username).contains(
                "tenant-admin@kutai-timur", "ppid-utama@kutai-timur", "atasan-ppid@kutai-timur",
                "editor@kutai-timur", "complaint-coordinator@kutai-timur",
                "ppid-pelaksana.diskominfo@kutai-timur", "news-operator.satpol-pp@kutai-timur",
                "complaint-liaison.diskominfo@kutai-timur");
        assertThat(accounts).hasSize(5 + 2 * 3);
        assertThat(accounts).filteredOn(a -> a.username().startsWith("ppid-pelaksana.diskominfo"))
                .singleElement().satisfies(a -> {
                    assertThat(a.unitId()).isEqualTo("u-1");
                    assertThat(a.toJson("pw")).containsEntry("unitId", "u-1").containsEntry("roles",
                            List.of("PPID_PELAKSANA"));
                });
        assertThat(accounts.getFirst().toJson("pw")).doesNotContainKey("unitId");
    }
}
