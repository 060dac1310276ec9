package id.terbuka.complaint.category;

import id.terbuka.complaint.ComplaintSettings;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/** The categories of each tenant, from configuration (a tenant's own list, else the {@code default} list). */
@Component
public class Categories {

    private final ComplaintSettings settings;

    Categories(ComplaintSettings settings) {
        this.settings = settings;
    }

    public List<Category> forTenant(String tenant) {
        List<Category> own = settings.categories().get(tenant);
        if (own != null) {
            return own;
        }
        return settings.categories().getOrDefault(ComplaintSettings.DEFAULT_CATEGORIES, List.of());
    }

    public Optional<Category> find(String tenant, String code) {
        if (code == null) {
            return Optional.empty();
        }
        return forTenant(tenant).stream().filter(c -> c.code().equals(code)).findFirst();
    }

    public int followUpWorkingDays(String tenant, String code) {
        return find(tenant, code).map(Category::followUpWorkingDays)
                .orElse(settings.sla().followUpWorkingDays());
    }
}
