@NullMarked
package com.credence.suggestion.web;

import org.jspecify.annotations.NullMarked;
