package id.terbuka.complaint.duplicate;

import id.terbuka.complaint.complaint.ComplaintService;
import id.terbuka.complaint.complaint.ComplaintViews;
import id.terbuka.platform.security.Access;
import id.terbuka.platform.security.Caller;
import id.terbuka.platform.security.Role;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * The coordinator's duplicate handling: suggestions for a complaint (similar text, near in place, recent, open) and
 * the merge of a duplicate into the complaint that stays.
 */
@RestController
@RequestMapping("/api/v1/{tenant}/complaints/{trackingId}")
public class DuplicateController {

    private final ComplaintService service;
    private final DuplicateFinder finder;
    private final ComplaintViews views;
    private final Access access;

    DuplicateController(ComplaintService service, DuplicateFinder finder, ComplaintViews views, Access access) {
        this.service = service;
        this.finder = finder;
        this.views = views;
        this.access = access;
    }

    record Suggestions(String trackingId, List<DuplicateFinder.Suggestion> items) {
    }

    record MergeForm(@Size(max = 20) String intoTrackingId) {
    }

    @GetMapping("/duplicates")
    Suggestions duplicates(@PathVariable String tenant, @PathVariable String trackingId) {
        access.require(tenant, Role.COMPLAINT_COORDINATOR);
        return new Suggestions(trackingId, finder.suggestionsFor(service.get(tenant, trackingId)));
    }

    /** This complaint is the duplicate; it ends REJECTED (DUPLICATE) and its reporter follows the other one. */
    @PostMapping("/merge")
    ComplaintViews.ComplaintView merge(@PathVariable String tenant, @PathVariable String trackingId,
                                       @RequestBody MergeForm form) {
        Caller caller = access.require(tenant, Role.COMPLAINT_COORDINATOR);
        var merged = service.merge(service.get(tenant, trackingId), form.intoTrackingId(), caller);
        return views.view(merged, ComplaintViews.Audience.STAFF, service.calendar(tenant), service.now());
    }
}
