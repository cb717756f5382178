package nl.techniekpact.lokaal.proposal.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import nl.techniekpact.lokaal.allocation.entity.Allocation;
import nl.techniekpact.lokaal.allocation.entity.AllocationProblem;
import nl.techniekpact.lokaal.event.control.Editions;

/** Saves a background run's result as the edition's proposal, in a transaction of its own. */
@ApplicationScoped
public class ProposalWriter {

  @Inject Editions editions;
  @Inject Proposals proposals;

  @Transactional(TxType.REQUIRES_NEW)
  public void save(long editionId, AllocationProblem problem, Allocation allocation) {
    proposals.save(editions.edition(editionId), problem, allocation);
  }
}
