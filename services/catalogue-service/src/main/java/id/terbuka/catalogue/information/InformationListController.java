package id.terbuka.catalogue.information;

import id.terbuka.platform.web.PageResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.bson.Document;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/**
 * The public list of a tenant's Daftar Informasi Publik, paged. The tenant must be known to this service's local
 * directory (fed by identity events), otherwise the platform answers 404.
 */
@RestController
class InformationListController {

    static final String COLLECTION = "information_entries";

    private final MongoTemplate mongo;

    InformationListController(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @GetMapping("/api/v1/{tenant}/information")
    PageResponse<Map<String, Object>> list(@PathVariable String tenant,
                                           @RequestParam(defaultValue = "0") @Min(0) int page,
                                           @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        Query query = Query.query(Criteria.where("tenantId").is(tenant));
        PageRequest pageable = PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "lastUpdatedAt"));
        var entries = mongo.find(Query.of(query).with(pageable), Document.class, COLLECTION);
        var result = PageableExecutionUtils.getPage(entries, pageable,
                () -> mongo.count(Query.of(query), COLLECTION));
        return PageResponse.of(result, document -> document);
    }
}
