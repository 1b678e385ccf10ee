@NullMarked
package com.credence.annotation.web;

import org.jspecify.annotations.NullMarked;
