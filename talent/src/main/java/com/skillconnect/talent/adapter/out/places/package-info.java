/** City and country look-ups answered from memory (GeoNames cities of India, ISO country names). */
@org.jmolecules.architecture.hexagonal.SecondaryAdapter
package com.skillconnect.talent.adapter.out.places;
