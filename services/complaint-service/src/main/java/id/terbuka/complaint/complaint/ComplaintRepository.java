package id.terbuka.complaint.complaint;

import org.springframework.data.mongodb.repository.MongoRepository;

import java.util.Optional;

public interface ComplaintRepository extends MongoRepository<Complaint, String> {

    Optional<Complaint> findByTenantAndTrackingId(String tenant, String trackingId);
}
