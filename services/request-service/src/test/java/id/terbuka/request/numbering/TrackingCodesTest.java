package id.terbuka.request.numbering;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class TrackingCodesTest {

    @Test
    void codesAreSixteenBase32CharactersInGroupsAndDoNotRepeat() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String code = TrackingCodes.generate();
            assertThat(code).matches("[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}");
            codes.add(code);
        }
        assertThat(codes).hasSize(1000);
    }

    @Test
    void matchesIgnoringCaseDashesAndLookAlikesButNothingElse() {
        String code = "7QK2-M9XD-R4TB-HV10";
        String hash = TrackingCodes.hash(code);

        assertThat(hash).doesNotContain("7QK2");
        assertThat(TrackingCodes.matches("7qk2m9xdr4tbhv1o", hash)).isTrue();
        assertThat(TrackingCodes.matches("7QK2-M9XD-R4TB-HVI0", hash)).isTrue();
        assertThat(TrackingCodes.matches("7QK2-M9XD-R4TB-HV11", hash)).isFalse();
        assertThat(TrackingCodes.matches(null, hash)).isFalse();
        assertThat(TrackingCodes.matches("", hash)).isFalse();
    }
}
