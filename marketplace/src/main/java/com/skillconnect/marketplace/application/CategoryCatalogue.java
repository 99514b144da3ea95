package com.skillconnect.marketplace.application;

import com.skillconnect.kernel.NotFoundException;
import com.skillconnect.marketplace.domain.Categories;
import com.skillconnect.marketplace.domain.Category;
import java.util.List;
import org.springframework.stereotype.Service;

/** The categories anyone may read (the set is seeded; nobody changes it through the API). */
@Service
public class CategoryCatalogue {

    private final Categories categories;

    CategoryCatalogue(Categories categories) {
        this.categories = categories;
    }

    public List<Category> all() {
        return categories.all();
    }

    public Category get(long id) {
        return categories.find(id).orElseThrow(() -> new NotFoundException("category " + id));
    }
}
