@NullMarked
package com.credence.review.web;

import org.jspecify.annotations.NullMarked;
