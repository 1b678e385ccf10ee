@NullMarked
package com.credence.review.ui;

import org.jspecify.annotations.NullMarked;
