package com.skillconnect.marketplace.adapter.in.web;

import com.skillconnect.marketplace.application.CategoryCatalogue;
import com.skillconnect.marketplace.domain.Category;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The categories, public: a plain array of {@code {id, name, icon, description}}, and one by its id. */
@RestController
@RequestMapping(GigsApi.CATEGORIES)
class CategoryController {

    private final CategoryCatalogue catalogue;

    CategoryController(CategoryCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping
    @Operation(summary = "Every category (public)")
    List<Category> all() {
        return catalogue.all();
    }

    @GetMapping("/{id:[0-9]{1,18}}")
    @Operation(summary = "One category by its id (public)")
    Category one(@PathVariable long id) {
        return catalogue.get(id);
    }
}
