package com.skillconnect.talent.application;

import com.skillconnect.talent.domain.FreelancerBrowseFilter;
import com.skillconnect.talent.domain.FreelancerCard;
import com.skillconnect.talent.domain.FreelancerDetail;
import com.skillconnect.talent.domain.FreelancerQueries;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/**
 * Public browsing of freelancers: the filtered, searched, paged list and one profile in full. No transaction: each
 * read is one statement (a search three, none of which needs the others' snapshot), so a connection is held only
 * while a statement runs (docs/benchmarks/talent-browse.md, step 9: the detail stall).
 */
@Service
public class FreelancerBrowsing {

    private final FreelancerQueries queries;

    FreelancerBrowsing(FreelancerQueries queries) {
        this.queries = queries;
    }

    public Page<FreelancerCard> browse(FreelancerBrowseFilter filter, Pageable page) {
        FreelancerQueries.Slice slice = queries.browse(filter, page.getOffset(), page.getPageSize());
        return new PageImpl<>(slice.cards(), page, slice.total());
    }

    public Optional<FreelancerDetail> profile(long id) {
        return queries.detail(id);
    }
}
