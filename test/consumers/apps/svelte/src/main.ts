import { mount } from 'svelte';
import Recipients from './Recipients.svelte';

mount(Recipients, { target: document.getElementById('app')! });
