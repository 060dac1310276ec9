package id.terbuka.news.article;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record WithdrawalForm(@NotBlank @Size(max = 2000) String reason, Long version) {
}
