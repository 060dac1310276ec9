package id.terbuka.request.information;

import org.springframework.data.mongodb.repository.MongoRepository;

import java.util.Optional;

public interface InformationRequestRepository extends MongoRepository<InformationRequest, String> {

    Optional<InformationRequest> findByTenantAndRegistrationNumber(String tenant, String registrationNumber);
}
