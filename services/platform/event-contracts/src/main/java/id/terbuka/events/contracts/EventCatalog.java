package id.terbuka.events.contracts;

import id.terbuka.events.contracts.identity.ApiClientRegistered;
import id.terbuka.events.contracts.identity.ApiClientRevoked;
import id.terbuka.events.contracts.identity.TenantRegistered;
import id.terbuka.events.contracts.identity.TenantUpdated;
import id.terbuka.events.contracts.identity.UnitClosed;
import id.terbuka.events.contracts.identity.UnitCreated;
import id.terbuka.events.contracts.identity.UnitRenamed;
import id.terbuka.events.contracts.identity.UserCreated;
import id.terbuka.events.contracts.identity.UserDeactivated;
import id.terbuka.events.contracts.identity.UserRolesChanged;
import id.terbuka.events.contracts.request.RequestRegistered;
import id.terbuka.events.contracts.request.RequestAssigned;
import id.terbuka.events.contracts.request.RequestExtended;
import id.terbuka.events.contracts.request.RequestDecided;
import id.terbuka.events.contracts.request.ObjectionFiled;
import id.terbuka.events.contracts.request.ObjectionDecided;
import id.terbuka.events.contracts.request.RequestDueSoon;
import id.terbuka.events.contracts.request.RequestOverdue;
import id.terbuka.events.contracts.request.RequestClosed;
import id.terbuka.events.contracts.request.RequestForwarded;
import id.terbuka.events.contracts.request.DisputeRecorded;
import id.terbuka.events.contracts.request.DisputeDecided;
import id.terbuka.events.contracts.request.ObjectionDueSoon;
import id.terbuka.events.contracts.request.ObjectionOverdue;
import id.terbuka.events.contracts.complaint.ComplaintReceived;
import id.terbuka.events.contracts.complaint.ComplaintVerified;
import id.terbuka.events.contracts.complaint.ComplaintRejected;
import id.terbuka.events.contracts.complaint.ComplaintDispatched;
import id.terbuka.events.contracts.complaint.ComplaintResponded;
import id.terbuka.events.contracts.complaint.ComplaintClosed;
import id.terbuka.events.contracts.complaint.ComplaintReopened;
import id.terbuka.events.contracts.complaint.ComplaintSlaBreached;
import id.terbuka.events.contracts.complaint.ComplaintMerged;

import id.terbuka.events.contracts.news.ArticleCorrected;
import id.terbuka.events.contracts.news.ArticlePublished;
import id.terbuka.events.contracts.news.ArticleSubmitted;
import id.terbuka.events.contracts.news.ArticleWithdrawn;
import id.terbuka.events.contracts.catalogue.DocumentAdded;
import id.terbuka.events.contracts.catalogue.EntryBecameStale;
import id.terbuka.events.contracts.catalogue.ExclusionReviewDue;
import id.terbuka.events.contracts.catalogue.EntryExcluded;
import id.terbuka.events.contracts.catalogue.EntryPublished;
import id.terbuka.events.contracts.catalogue.EntryUpdated;
import id.terbuka.events.contracts.catalogue.EntryWithdrawn;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every event type the platform publishes. A new event is added here and to docs/events/asyncapi.yaml; the
 * contract test fails when the two disagree.
 */
public final class EventCatalog {

    private static final List<EventType<?>> ALL = List.of(
            TenantRegistered.TYPE,
            TenantUpdated.TYPE,
            UnitCreated.TYPE,
            UnitRenamed.TYPE,
            UnitClosed.TYPE,
            UserCreated.TYPE,
            UserRolesChanged.TYPE,
            UserDeactivated.TYPE,
            ApiClientRegistered.TYPE,
            ApiClientRevoked.TYPE,
            RequestRegistered.TYPE,
            RequestAssigned.TYPE,
            RequestExtended.TYPE,
            RequestDecided.TYPE,
            ObjectionFiled.TYPE,
            ObjectionDecided.TYPE,
            RequestDueSoon.TYPE,
            RequestOverdue.TYPE,
            RequestClosed.TYPE,
            RequestForwarded.TYPE,
            DisputeRecorded.TYPE,
            DisputeDecided.TYPE,
            ObjectionDueSoon.TYPE,
            ObjectionOverdue.TYPE,
            ComplaintReceived.TYPE,
            ComplaintVerified.TYPE,
            ComplaintRejected.TYPE,
            ComplaintDispatched.TYPE,
            ComplaintResponded.TYPE,
            ComplaintClosed.TYPE,
            ComplaintReopened.TYPE,
            ComplaintSlaBreached.TYPE,
            ComplaintMerged.TYPE,
            ArticleSubmitted.TYPE,
            ArticlePublished.TYPE,
            ArticleWithdrawn.TYPE,
            ArticleCorrected.TYPE,
            EntryPublished.TYPE,
            EntryUpdated.TYPE,
            EntryWithdrawn.TYPE,
            EntryExcluded.TYPE,
            DocumentAdded.TYPE,
            EntryBecameStale.TYPE,
            ExclusionReviewDue.TYPE);

    private static final Map<String, EventType<?>> BY_TYPE =
            ALL.stream().collect(Collectors.toUnmodifiableMap(EventType::type, Function.identity()));

    public static List<EventType<?>> all() {
        return ALL;
    }

    public static Optional<EventType<?>> byType(String type) {
        return Optional.ofNullable(BY_TYPE.get(type));
    }

    private EventCatalog() {
    }
}
