package com.skillconnect.marketplace.domain;

import com.skillconnect.kernel.SkillName;
import java.util.List;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * The skills gigs and proposals name, shared by name whatever its case (the first spelling stays), so that
 * the same skill has one id everywhere.
 */
@SecondaryPort
public interface Skills {

    /**
     * The skills of these names, in the order given, without repeats (names that differ only in case are one
     * skill); names not known yet are added.
     */
    List<Skill> resolve(List<SkillName> names);
}
